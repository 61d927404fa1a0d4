/**
 * The "Ik zie iets" page: ticking observations ranks the signals that fit
 * (src/lib/gids.ts) and shows who is at work across them, the chosen role
 * first. The role is remembered like everywhere on the site (rol.ts).
 */
import { rangschikKandidaten, samenAanZet, type GidsData, type GidsOrganisatie } from '../lib/gids.ts';
import type { Rol } from '../lib/model.ts';
import { bewaar, gekozenRol } from './rol.ts';

const form = document.querySelector<HTMLFormElement>('form[data-gids]');
const data = JSON.parse(document.getElementById('gids-data')?.textContent ?? '{}') as GidsData;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, tekst?: string, klasse?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (tekst !== undefined) e.textContent = tekst;
  if (klasse) e.className = klasse;
  return e;
}
function link(href: string, tekst: string) {
  const a = el('a', tekst);
  a.href = href;
  return a;
}
function tel(o: GidsOrganisatie): Node[] {
  if (!o.telefoon) return [];
  const a = link(o.telefoon.uri, o.telefoon.nummer);
  a.className = 'tel';
  return [document.createTextNode(' ('), a, document.createTextNode(')')];
}

if (form) {
  const t = JSON.parse(form.dataset.teksten ?? '{}') as Record<string, string>;
  const uitkomst = document.querySelector<HTMLElement>('.gids__uitkomst')!;
  const status = uitkomst.querySelector<HTMLElement>('.gids__status')!;
  const lijst = uitkomst.querySelector<HTMLOListElement>('.gids__kandidaten')!;
  const aanzet = uitkomst.querySelector<HTMLElement>('.gids__aanzet')!;
  const mijn = aanzet.querySelector<HTMLElement>('.gids__mijn')!;
  const orgs = aanzet.querySelector<HTMLUListElement>('.gids__organisaties')!;
  document.body.classList.add('gids-met-js');

  const rolLabel = (rol: string) =>
    form.querySelector(`input[name="rol"][value="${rol}"]`)?.parentElement?.textContent?.trim() ?? rol;
  const opgeslagen = gekozenRol();
  const radio = form.querySelector<HTMLInputElement>(`input[name="rol"][value="${opgeslagen ?? ''}"]`);
  if (radio) radio.checked = true;

  function werkBij() {
    const aangevinkt = new Set(
      [...form!.querySelectorAll<HTMLInputElement>('input[name="observatie"]:checked')].map((i) => i.value),
    );
    const rol = (form!.querySelector<HTMLInputElement>('input[name="rol"]:checked')?.value || undefined) as Rol | undefined;
    const kandidaten = rangschikKandidaten(data, aangevinkt);
    const balk = form!.querySelector<HTMLElement>('.gids__balk')!;
    balk.hidden = aangevinkt.size === 0;
    balk.querySelector('.gids__balk-tekst')!.textContent =
      kandidaten.length === 1 ? t.een : t.aantal.replace('{n}', String(kandidaten.length));
    status.textContent = !aangevinkt.size
      ? t.niets
      : kandidaten.length === 1
        ? t.een
        : t.aantal.replace('{n}', String(kandidaten.length));
    lijst.replaceChildren(
      ...kandidaten.map(({ signaal, aantal }) => {
        const li = el('li', undefined, 'gids__kandidaat');
        li.dataset.signaal = signaal.id;
        const kop = el('p', undefined, 'gids__kandidaat-titel');
        kop.append(link(signaal.url, signaal.titel));
        li.append(
          kop,
          el(
            'p',
            `${t.score.replace('{k}', String(aantal)).replace('{n}', String(aangevinkt.size))} · ${t.urgentie}: ${signaal.urgentie}`,
            'gids__score',
          ),
        );
        return li;
      }),
    );
    const top = kandidaten.slice(0, 3).map((k) => k.signaal);
    aanzet.hidden = top.length === 0;
    // The chosen role's own steps in the top signals.
    mijn.replaceChildren();
    if (rol) {
      const met = top.filter((s) => s.perRol[rol]);
      if (met.length) {
        mijn.append(el('h3', t.jouwStappen.replace('{rol}', rolLabel(rol).toLowerCase())));
        for (const s of met) {
          const blok = el('div', undefined, 'gids__mijn-signaal');
          const kop = el('p');
          kop.append(link(s.url, s.titel));
          const ol = el('ul');
          for (const stap of s.perRol[rol]!.stappen) ol.append(el('li', `${t.stap} ${stap.nummer}: ${stap.tekst}`));
          blok.append(kop, ol);
          const bellen = s.perRol[rol]!.bellen;
          if (bellen.length) {
            const p = el('p', `${t.belEerst}: `);
            bellen.forEach((o, i) => p.append(...(i ? [document.createTextNode('; ')] : []), link(o.url, o.titel), ...tel(o)));
            blok.append(p);
          }
          mijn.append(blok);
        }
      }
    }
    orgs.replaceChildren(
      ...samenAanZet(top, rol).map((r) => {
        const li = el('li', undefined, r.eerst ? 'gids__org gids__org--eerst' : 'gids__org');
        const kop = el('strong');
        kop.append(link(r.organisatie.url, r.organisatie.titel));
        li.append(kop, ...tel(r.organisatie));
        li.append(
          el('span', ` ${t.bij} ${r.signalen.join(', ')}${r.interventies.length ? `: ${r.interventies.join(', ')}` : ''}`),
        );
        return li;
      }),
    );
  }

  form.addEventListener('change', (e) => {
    const doel = e.target as HTMLInputElement;
    if (doel.name === 'rol') bewaar(doel.value || null);
    werkBij();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  werkBij();
}
