/**
 * Filters the case list (/casussen/) by duration, target group and level.
 * Progressive enhancement: without JavaScript the form stays hidden and
 * every case is listed.
 */
const form = document.querySelector<HTMLFormElement>('#casus-filter');
if (form) {
  const items = [...document.querySelectorAll<HTMLLIElement>('.casus-lijst > li')];
  const uitkomst = form.querySelector<HTMLElement>('.casus-filter-uitkomst')!;
  const teksten = form.querySelector<HTMLTemplateElement>('#casus-filter-teksten')!;
  const filter = () => {
    const duur = Number((form.elements.namedItem('duur') as HTMLSelectElement).value) || Infinity;
    const doelgroep = (form.elements.namedItem('doelgroep') as HTMLSelectElement).value;
    const niveau = (form.elements.namedItem('niveau') as HTMLSelectElement).value;
    let n = 0;
    for (const li of items) {
      const past =
        Number(li.dataset.duur) <= duur &&
        (!doelgroep || (li.dataset.doelgroep ?? '').split(' ').includes(doelgroep)) &&
        (!niveau || li.dataset.niveau === niveau);
      li.hidden = !past;
      if (past) n += 1;
    }
    uitkomst.textContent = n
      ? (teksten.content.querySelector(`[data-n="${n}"]`)?.textContent ?? '')
      : (uitkomst.dataset.geen ?? '');
  };
  form.addEventListener('change', filter);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  filter();
}
