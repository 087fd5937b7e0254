/**
 * The one table of fixes that no algorithm can make: characters whose bytes were lost when
 * the page was read one byte out of step (see ../shared/seed/README.md, damage 2).
 *
 * Each entry names a damaged run exactly as it stands in the seed, how many times it stands
 * there, the characters lost in it (in order), and why those are the right ones. Everything
 * else in the run is recovered by `realign`, and each character given here must agree with
 * the byte of it that survived (checked by `repairRuns`), so the table cannot quietly
 * contradict the bytes.
 *
 * A run is marked by `?` where a byte was lost: one before it (the byte the late reading
 * skipped) and, when the decoder hit a pair it could not read, one after it that swallowed the
 * next byte (an annotation's `(`, a `<`). A stray reading such as `qū)` after a `?` is the rest
 * of a pinyin annotation and belongs to the marker.
 */
export type Correction = {
  /** the run as it stands in the seed, markers included */
  damaged: string;
  /** how many times it stands there; the import fails if the seed says otherwise */
  times: number;
  /** the characters whose bytes were lost, in order, in the scrape's traditional script */
  lost: string;
  reason: string;
};

export const CORRECTIONS: readonly Correction[] = [
  {
    damaged: '?!眲\uE576c',
    times: 4,
    lost: '。',
    reason:
      'Sentence end before an attribution (。”劉慶): the late reading skipped the lead byte of 。; ' +
      'its trail 0xA3 survives, and a sentence closed by ” can only end in 。 here.',
  },
  {
    damaged: '?!?',
    times: 3,
    lost: '。”',
    reason:
      'Quotation end at a paragraph end (。” before </p> or the next attribution): 。 lost its lead ' +
      'byte (trail 0xA3 survives) and ” its trail (lead 0xA1 survives); the quotation opened with “.',
  },
  {
    damaged: '?!拔覀冇行判脑谕ㄓ么竽P蜕喜粫?huì)',
    times: 1,
    lost: '。會',
    reason:
      '。 ends the previous sentence (trail 0xA3 survives); 會 keeps its lead byte 0x95 and its ' +
      'reading huì, and 不會出現 is the phrase.',
  },
  {
    damaged: '?!懊鎸?duì)',
    times: 1,
    lost: '。對',
    reason:
      '。 ends the previous sentence (trail 0xA3 survives); 對 keeps its lead byte 0x8C and its ' +
      'reading duì, and 面對 is the phrase.',
  },
  {
    damaged: '?qū)⒏淖儺?dāng)',
    times: 1,
    lost: '將當',
    reason:
      '或將改變當前: 將 keeps its trail byte 0xA2, 當 its lead byte 0xAE and its reading dāng.',
  },
  {
    damaged: '?shù)乃\uE19D健?',
    times: 1,
    lost: '的。',
    reason:
      '相當的水平。 closes the paragraph: 的 keeps its trail byte 0xC4 and 。 its lead byte 0xA1; ' +
      'the run stood just before </p>.',
  },
  {
    damaged: '?yàn)橛辛薌',
    times: 1,
    lost: '為',
    reason: '因為有了: 為 keeps its trail byte 0xE9; the run re-synchronised on the G of GPT.',
  },
  {
    damaged: '?jǐn)?shù)',
    times: 1,
    lost: '數',
    reason:
      'No byte survives: one character between 支持 and 字 was lost. The sentence quotes the 2024 ' +
      'government work report, 制定支持數字經濟高質量發展政策, and the surviving reading shù is 數.',
  },
];
