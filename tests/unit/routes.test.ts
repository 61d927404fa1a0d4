import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/prepare.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { perCollectie } from '../../src/lib/integrity.ts';
import { MET_PAGINA } from '../../src/lib/model.ts';
import { alleDetailRoutes, detailRoutes, type PaginaCollectie } from '../../src/lib/routes.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { VALID } from './helpers.ts';

const { entries } = checkContent(VALID, VALID);
const graph = buildGraph(perCollectie(entries));

describe('the route table of detail pages', () => {
  it('gives every node of a collection with pages one path, with the node itself as its prop', () => {
    for (const c of MET_PAGINA as readonly PaginaCollectie[]) {
      const routes = detailRoutes(graph, c);
      expect(routes.map((r) => r.params.id)).toEqual(graph[c].map((n) => n.id));
      for (const r of routes) expect(r.props.node).toBe(graph.get(c, r.params.id));
      expect(new Set(routes.map((r) => entryPath(c, r.params.id))).size).toBe(routes.length);
    }
    expect(detailRoutes(graph, 'signalen').map((r) => r.params.id)).toContain('testsignaal');
  });

  it('keeps the node typed by its collection', () => {
    const [route] = detailRoutes(graph, 'organisaties');
    // A property only organisations have: this line would not type-check for a union of nodes.
    expect(typeof route.props.node.kort).toBe('string');
  });

  it('serves every detail page from one table: each collection with pages, each node once, typed by its collection', () => {
    const alle = alleDetailRoutes(graph);
    const verwacht = (MET_PAGINA as readonly PaginaCollectie[]).flatMap((c) => graph[c].map((n) => `${c}/${n.id}`));
    expect(alle.map((r) => `${r.params.collectie}/${r.params.id}`)).toEqual(verwacht);
    expect(alle.some((r) => r.params.collectie === ('observaties' as PaginaCollectie))).toBe(false);
    for (const r of alle) expect(r.props.node).toBe(graph.get(r.params.collectie, r.params.id));
    const org = alle.find((r) => r.props.node.collection === 'organisaties')!.props.node;
    // Narrowing on the collection gives the collection's own node type.
    expect(org.collection === 'organisaties' && typeof org.kort).toBe('string');
  });

  it('refuses a collection without pages, in Dutch', () => {
    expect(() => detailRoutes(graph, 'observaties' as PaginaCollectie)).toThrow(
      'Geen detailpagina\'s voor de collectie "observaties"',
    );
  });
});
