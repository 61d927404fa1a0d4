/**
 * The one place where pages get the barrier model: loads the collections
 * through Astro once and hands them to the pure graph builder in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type AnyNode, type Graph, type GraphInput } from '../lib/graph.ts';
import type { CollectionName } from '../lib/model.ts';
import editie from 'virtual:barrieremodel/editie';

export type AnyEntry = CollectionEntry<CollectionName>;
/** The site's entries per collection: nodes carry their own collection's entry (for render()). */
export type SiteEntries = { [C in CollectionName]: CollectionEntry<C> };
export type SiteGraph = Graph<SiteEntries>;
export type SiteNode = AnyNode<SiteEntries>;

let cached: Promise<SiteGraph> | undefined;

async function load(): Promise<SiteGraph> {
  const [signalen, interventies, organisaties, themas, kaders, bronnen, casussen, begrippen, observaties] = await Promise.all([
    getCollection('signalen'),
    getCollection('interventies'),
    getCollection('organisaties'),
    getCollection('themas'),
    getCollection('kaders'),
    getCollection('bronnen'),
    getCollection('casussen'),
    getCollection('begrippen'),
    getCollection('observaties'),
  ]);
  const input: GraphInput<SiteEntries> = {
    signalen,
    interventies,
    organisaties,
    themas,
    kaders,
    bronnen,
    casussen,
    begrippen,
    observaties,
  };
  return buildGraph({ ...input, contacten: editie.contacten, koppelingen: editie.koppelingen });
}

/** The barrier-model graph, built once per build. */
export function getGraph(): Promise<SiteGraph> {
  cached ??= load();
  return cached;
}
