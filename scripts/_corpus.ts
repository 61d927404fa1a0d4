import { generateCorpus } from './bench/corpus.ts';
generateCorpus(process.argv[2], Number(process.argv[3]));
