import { describe, expect, it } from 'vitest';
import { parseQa } from '../../../../renderer/src/features/newsroom/qa';

describe('parseQa', () => {
  it('pairs T:/J: lines, joins an answer running over several lines, and reads Q:/A:', () => {
    expect(parseQa('T: Apakah perlu mengungsi?\nJ: Tidak.\nIkuti BPBD.\n\nQ. Kapan air surut?\nA: Besok pagi.')).toEqual([
      { q: 'Apakah perlu mengungsi?', a: 'Tidak. Ikuti BPBD.' },
      { q: 'Kapan air surut?', a: 'Besok pagi.' },
    ]);
    expect(parseQa('J: jawaban tanpa pertanyaan')).toEqual([]);
  });
});
