/** The newest version and date in CHANGELOG.md ("## 1.2.0 — 2026-11-25"). */
export function laatsteVersie(changelog: string): { versie: string; datum: string } {
  const m = /^##\s+(\d+\.\d+\.\d+)\s+[—–-]\s+(\d{4}-\d{2}-\d{2})\s*$/m.exec(changelog);
  if (!m) throw new Error('CHANGELOG.md heeft geen kop "## x.y.z — JJJJ-MM-DD"');
  return { versie: m[1], datum: m[2] };
}
