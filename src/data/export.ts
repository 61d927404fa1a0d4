import editie from 'virtual:barrieremodel/editie';
import changelog from '../../CHANGELOG.md?raw';
import { laatsteVersie } from '../lib/changelog.ts';
import { exportModel, type ModelExport } from '../lib/export.ts';
import { getGraph } from './graph.ts';

let cached: Promise<ModelExport> | undefined;

/** The model in its export shape, built once per build. */
export function modelExport(): Promise<ModelExport> {
  cached ??= getGraph().then((g) => exportModel(g as never, { ...laatsteVersie(changelog), editie: editie.config?.naam }));
  return cached;
}
