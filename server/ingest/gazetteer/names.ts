// Evidence that a capitalized token is part of a person's name: common given
// names, Chinese surnames, and the shape of Hanyu Pinyin syllables.
const GIVEN = `
aaron abdul abraham adam adrian ahmed aisha alan albert alex alexander alexandra alexei alfred ali alice alicia alison
amanda amy ana andrea andreas andrew andrzej angela angelo anita ann anna anne annie anthony antonio antony arnold arthur
ashley barbara barry ben benjamin bernard beth betty bill billy bob bobby boris brad bradley brandon brenda brian bruce
bruno carl carla carlos carmen carol caroline catherine charles charlie charlotte chris christian christina christine
christopher chuck claire claude claudia colin craig daniel danielle david dean deborah denis dennis derek diana diane
dick dieter dmitry dominic donald donna doris dorothy douglas duncan ed eddie edgar edward elena eli elizabeth ellen
emily emma emmanuel eric erik ernest eugene eva evan fatima felix fernando frances francesco francis francisco frank
franz fred frederick gabriel gary george gerald gerhard gina giovanni giuseppe glen gloria gordon grace graham greg
gregory gustavo hans harold harry heather heinz helen helmut henri henry herbert howard hugh hugo ian igor ingrid irene
isabel ivan jack jacob jacques jake james jan jane janet jason javier jean jeff jeffrey jennifer jenny jeremy jerome
jerry jessica jill jim jimmy joan joe joel johann johannes john jonathan jorge jose joseph josh joshua juan judith julia
julian julie justin karen karl kate katherine kathleen kathy keith kelly ken kenneth kevin kim kurt kyle
larry laura lauren lawrence leonard leslie linda lisa liz lois lorenzo louis louise lucas lucy luis luke lynn
marc marco margaret maria marie marina mario mark martha martin mary matt matthew maurice max melissa michael michel
michelle miguel mike mikhail mohamed mohammad mohammed monica nancy natalia natalie nathan neil nick nicholas
nicolas nicole nikolai noah norman olga oliver olivia omar oscar pablo pamela pascal patricia patrick paul paula pedro
peter philip philippe pierre rachel rafael ralph randy ray raymond rebecca richard rick rita rob robert roberto robin
roger roland ron ronald rose roy ruth ryan sally sam samantha samuel sandra sarah scott sean sebastian sergei sergey
sharon shirley simon sophie stefan stephanie stephen steve steven stuart susan suzanne sylvia tammy teresa terry thomas
tim timothy tina todd tom tommy tony tracy valerie vanessa victor victoria vincent vladimir walter wayne werner william
willie wolfgang yuri yves zachary`;

// Common given names of other regions (Arabic, Iberian and Latin American, Slavic,
// Nordic, African, South and Southeast Asian): police and court news names
// people from everywhere.
const GIVEN_WORLD = `
abdullah abdulrahman abubakar adebayo adel adnan ahmad akram alejandro alberto aleksandar aleksandr aleksander alfonso
alhassan aliyu alvaro amadou amina amir amit anand andres andrés anil anton antoine armando arjun arturo asif ayesha aziz
bambang bashir beatriz bilal blessing budi carolina cesar césar chidi chinedu cristina cristian dariusz dejan diego dimitri
dmitri domingo eduardo emeka emilio enrique esteban ezekiel fabio farah farid fatou felipe fernanda fiona florin gabriela
goran grzegorz guillermo gunnar hamid hamza hassan hector héctor henrik hussein ibrahim ignacio ilya imran ines inés isaac
ismail ivana jaime jakub janusz javed joão jorge josé josef juliana kamal karim karina kerstin khalid kofi kwame kwabena
lars leila leticia lina luciana lucía luiz magnus mahmoud malik manuel marcela marcelo marcin marcus marek marta mateo
matías mehmet miguel milan milos miloš mirela mohamad moussa muhammad mustafa nadia naveen nasser nikola nils nnamdi
noura nuno olaf oleg olena oluwaseun omar orlando osman pavel petra piotr pradeep priya rahul rajesh ramón ramon ravi
raúl raul reza ricardo rodrigo rosa rui salim salma samir sanjay santiago sergio seyi siddharth sofia sofía somchai
stanislav sunil svetlana tariq tomasz tomás umar valentina vasile vikram vusi wanjiru xavier yaw yasmin yousef youssef
yusuf zainab zoran
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...GIVEN.split(/\s+/), ...GIVEN_WORLD.split(/\s+/)].filter(Boolean));

const SURNAMES = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan liao
shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian lai
kong qi wen niu ni kang ou chang zhuang ke qu yue geng mo ji xing bao dai shan chai pang rao zuo lan sheng ai xin ning
miao yi guan an hua jing lü lv ho chan wong leung cheung lau lee ng tse chow lam kwok yip tsang fung siu tsai`;

export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(SURNAMES.split(/\s+/).filter(Boolean));

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|üe|ü|a|o|e|i|u|v)';
const PINYIN = new RegExp(`^(?:${INITIAL}${FINAL}){1,3}$`);

/** True when the token could be a romanized Chinese given name or surname (1–3 Pinyin syllables). */
export function isPinyin(token: string): boolean {
  return token.length >= 2 && token.length <= 12 && PINYIN.test(token.toLowerCase());
}
