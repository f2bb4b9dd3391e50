// The side panel's tabs (Details, Paths, Query): ARIA tabs with arrow keys.
export type TabName = 'details' | 'paths' | 'query';

export class Tabs {
  private readonly tabs: HTMLButtonElement[];

  constructor(root: HTMLElement, private readonly onSelect: (name: TabName) => void = () => {}) {
    this.tabs = [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const tab of this.tabs) {
      tab.addEventListener('click', () => this.select(tab.dataset.tab as TabName));
      tab.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        const next = this.tabs[(this.tabs.indexOf(tab) + step + this.tabs.length) % this.tabs.length]!;
        next.focus();
        this.select(next.dataset.tab as TabName);
      });
    }
  }

  select(name: TabName): void {
    for (const tab of this.tabs) {
      const on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
    this.onSelect(name);
  }
}
