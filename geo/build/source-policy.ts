/**
 * The source policy (geo/README.md, "Sources"), as far as code can check it (pure): a fact cites the
 * original publisher with a date, at an https address on the publisher's own site; never a forum, a
 * "Pravda network" disinformation domain or a site that copies other outlets' text. Where only a copy
 * could be read, the source names the original and says so in `readVia` (the copy is not linked).
 */
import type { FactSource } from '../schema.ts';

/** Hosts never cited, with why; a host matches itself and its subdomains. */
export const DENIED_HOSTS: ReadonlyArray<{ host: string; why: string }> = [
  // The "Pravda network" ("Portal Kombat"): Russian disinformation portals, not Ukrainska Pravda.
  { host: 'news-pravda.com', why: 'a "Pravda network" disinformation domain' },
  // Forums and link aggregators: readers' paraphrases, not publications.
  { host: 'internationalskeptics.com', why: 'a forum' },
  { host: 'reddit.com', why: 'a forum' },
  { host: 'redlib.private.coffee', why: 'a forum mirror' },
  { host: 'hubu.news', why: "an aggregator (other outlets' reports rewritten)" },
  // Sites that republish other outlets' text (how facts were read while researching, not publishers).
  { host: 'algodoo.com', why: 'a copy site (Wikipedia text)' },
  { host: 'askwikinow.com', why: 'a copy site (Wikipedia text)' },
  { host: 'wikiwand.com', why: 'a copy site (Wikipedia text)' },
  { host: 'pinocchiopedia.com', why: 'a copy site (Wikipedia text)' },
  { host: 'en-academic.com', why: 'a copy site (Wikipedia text)' },
  { host: 'gambellavision.net', why: 'a copy site (CNN text)' },
  { host: 'veritastechpilotacademy.org', why: 'a copy site (Simple Flying text)' },
  { host: 'hindustandot.com', why: 'a copy site (Al Jazeera text)' },
  { host: 'newsdeed.com', why: 'a copy site (AP text)' },
  { host: 'dayfr.com', why: 'a copy site' },
  { host: 'mediakhabar.in', why: 'fabricated details (research facts, reliability note)' },
];

/** Pravda-network sites also run as pravda-XX.com (one per language). */
const PRAVDA_NETWORK = /(^|\.)pravda-[a-z]{2}\.com$/;
const SOURCE_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;

/** Why a host may not be cited, or null. */
export function deniedHost(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (PRAVDA_NETWORK.test(h)) return 'a "Pravda network" disinformation domain';
  const hit = DENIED_HOSTS.find((d) => h === d.host || h.endsWith(`.${d.host}`));
  return hit ? hit.why : null;
}

/** Every way `source` breaks the policy, as messages; empty when it complies. */
export function sourcePolicyProblems(source: FactSource): string[] {
  const problems: string[] = [];
  if (source.derived === true) {
    if (source.url !== undefined) problems.push('a derived (computed) source has no address');
  } else {
    if (source.publisher === undefined) problems.push(`"${source.label}" needs a "publisher"`);
    if (source.date === undefined) problems.push(`"${source.label}" needs a "date"`);
  }
  if (source.date !== undefined && !SOURCE_DATE.test(source.date)) {
    problems.push(`date "${source.date}" must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"`);
  }
  if (source.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(source.url);
    } catch {
      problems.push(`url "${source.url}" is not an address`);
    }
    if (url && url.protocol !== 'https:') problems.push(`url "${source.url}" must be https`);
    const why = url ? deniedHost(url.hostname) : null;
    if (url && why) problems.push(`url "${source.url}" is ${why}; cite the original publisher`);
    if (url && /\/forums?\/|[?&/]threads?[/=.]/i.test(url.pathname + url.search)) {
      problems.push(`url "${source.url}" looks like a forum thread; cite the original publisher`);
    }
  }
  return problems;
}
