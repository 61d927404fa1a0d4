#!/usr/bin/env node
/** Serves a built site on 127.0.0.1, as the browser tests do: serve-dist.ts <dir> [base] [port] */
import { serve } from '../tests/support/server.ts';
const [dir = 'dist', base = '/', port] = process.argv.slice(2);
const s = await serve(dir, base, {}, port ? Number(port) : 0);
console.log(`${s.origin}${base}`);
