// First-level divisions (states, provinces) of federal and large countries.
// General knowledge: a place said to lie in one of these is located in it
// (the older convention), while a place within a city is a part of the city.
export const DIVISIONS: ReadonlySet<string> = new Set([
  // United States
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
  // Canada, Australia
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland',
  'Queensland', 'New South Wales', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory',
  // Brazil, Mexico
  'Amazonas', 'Mato Grosso', 'Mato Grosso do Sul', 'Paraná', 'Santa Catarina', 'Minas Gerais', 'Pernambuco', 'Bahia', 'Ceará', 'Pará',
  'Rio Grande do Sul', 'Sinaloa', 'Jalisco', 'Sonora', 'Baja California', 'Michoacán', 'Michoacan', 'Tamaulipas', 'Oaxaca', 'Chiapas',
  'Quintana Roo', 'Zacatecas', 'Chihuahua', 'Durango',
  // India, China
  'Punjab', 'Kerala', 'Gujarat', 'Maharashtra', 'Tamil Nadu', 'Manipur', 'Mizoram', 'Assam', 'Karnataka', 'Rajasthan', 'Uttar Pradesh',
  'West Bengal', 'Anhui', 'Fujian', 'Gansu', 'Guangdong', 'Guangxi', 'Guizhou', 'Hainan', 'Hebei', 'Heilongjiang', 'Henan', 'Hubei',
  'Hunan', 'Inner Mongolia', 'Jiangsu', 'Jiangxi', 'Jilin', 'Liaoning', 'Ningxia', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanxi',
  'Sichuan', 'Tibet', 'Xinjiang', 'Yunnan', 'Zhejiang',
]);
