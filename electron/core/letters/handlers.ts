import type { lettersChannels } from '../../../shared/ipc/channels/letters';
import type { HandlersFor } from '../handler';
import { exportRegister } from '../registers/export';
import { getLetterPatterns, setLetterPatterns } from './patterns';
import { findCase } from './cases';
import { availableLetters, issueLetter, letterFile, lettersOfCase, requireLetter, toLetterView } from './service';

export const lettersHandlers: HandlersFor<keyof typeof lettersChannels> = {
  'letters:available': (input, ctx) => availableLetters(ctx, input.caseKind, input.caseId),
  'letters:issue': (input, ctx) => issueLetter(ctx, input),
  'letters:list': (input, ctx) => lettersOfCase(ctx, input.caseKind, input.caseId),
  'letters:get': (input, ctx) => toLetterView(requireLetter(ctx, input.id)),
  'letters:file': (input, ctx) => letterFile(ctx, input.id, input.format),
  'letters:findCase': (input, ctx) => findCase(ctx, input.requestNumber, input.caseKind),
  'letters:patterns': (_input, ctx) => getLetterPatterns(ctx.db),
  'letters:setPatterns': (input, ctx) => setLetterPatterns(ctx, input),
  'registers:export': (input, ctx) => exportRegister(ctx, input),
};
