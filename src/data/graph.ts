/**
 * The one place where pages get the barrier model: loads the collections
 * through Astro once and hands them to the pure graph builder in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, type Graph, type GraphInput } from '../lib/graph.ts';
import { COLLECTIONS, type CollectionName } from '../lib/model.ts';
import editie from 'virtual:barrieremodel/editie';

export type AnyEntry = CollectionEntry<CollectionName>;
export type SiteGraph = Graph<AnyEntry>;

let cached: Promise<SiteGraph> | undefined;

async function load(): Promise<SiteGraph> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  const input = Object.fromEntries(COLLECTIONS.map((c, i) => [c, lists[i]])) as unknown as GraphInput<AnyEntry>;
  return buildGraph({ ...input, contacten: editie.contacten, koppelingen: editie.koppelingen });
}

/** The barrier-model graph, built once per build. */
export function getGraph(): Promise<SiteGraph> {
  cached ??= load();
  return cached;
}
