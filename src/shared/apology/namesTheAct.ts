import { anyOf } from './phrasePattern';

/**
 * Whether a draft says, somewhere, what the person did. An apology that is all feeling
 * ("I'm so sorry, I love you") leaves out the part a hurt partner most needs to hear; the
 * workshop then shows a gentle note (never a flag). The list is of plain acts in the first
 * person, so "I lied about Thursdays" or "for hiding the messages" counts, and "I feel awful"
 * does not.
 */
const ACTS = anyOf(
  // "I lied", "I have lied", "I had been seeing", "I also hid"
  "i(?:'ve|'d| have| had)?(?: been)?(?: also| still| even| repeatedly| kept)? (?:lied|lying|cheated|cheating|betrayed|deceived|hid|hidden|hiding|slept|kissed|met|meeting|texted|messaged|sent|went|spent|broke|broken|chose|pretended|denied|blamed|stole|gambled|flirted|snuck|sneaked|covered|carried on|started|continued|seeing|saw|visited|used|took|made you|told you|let you|kept|had an affair|had a (?:relationship|fling|thing|one-night stand)|had sex|was unfaithful|was with|was seeing|was sleeping|was talking to|booked|deleted|watched)",
  // "for lying to you", "for hiding it"
  'for (?:lying|cheating|hiding|sleeping|betraying|deceiving|sneaking|texting|messaging|seeing|keeping|breaking|meeting|the affair|the lies|my lies|every lie|the messages)',
  '(?:my|the) (?:affair|lies|lying|cheating|betrayal|secret|deception)',
);

/** Below this many words a draft is still being started; no note yet. */
const MIN_WORDS_FOR_NOTE = 12;

export function draftNamesTheAct(text: string): boolean {
  ACTS.lastIndex = 0;
  return ACTS.test(text);
}

/** True when the draft is long enough to judge and never says what was done. */
export function needsNameTheActNote(text: string): boolean {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
  return words >= MIN_WORDS_FOR_NOTE && !draftNamesTheAct(text);
}
