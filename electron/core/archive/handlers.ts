import type { archiveChannels } from '../../../shared/ipc/channels/archive';
import type { HandlersFor } from '../handler';
import { cancelBatch, importPaths, importUpload } from './importer';
import { finishUpload, importItems, importRuns } from './importRuns';
import { exportDip } from './exportDip';
import { getDipDecree, setDipDecree } from './dipDecree';
import { documentLetterFile, documentLetters, issueDocumentLetter } from '../letters/documentLetters';
import { reviewsDue } from './reviews';
import { downloadDocument } from './original';
import { withdrawDocument } from './withdraw';
import { searchArchive } from './search';
import { getDocumentDetail, getLinks, linkDocument, unlinkDocument, updateDocument } from './service';

export const archiveHandlers: HandlersFor<keyof typeof archiveChannels> = {
  'archive:importFile': (input, ctx) => importUpload(ctx, input),
  'archive:importPaths': (input, ctx) => importPaths(ctx, input.batchId, input.paths),
  'archive:cancelImport': (input) => ({ cancelled: cancelBatch(input.batchId) }),
  'archive:search': (input, ctx) => searchArchive(ctx.db, input),
  'archive:get': (input, ctx) => getDocumentDetail(ctx, input.id),
  'archive:update': (input, ctx) => updateDocument(ctx, input),
  'archive:exportDip': (input, ctx) => exportDip(ctx, input.format, input.exempt),
  'archive:reviewsDue': (input, ctx) => reviewsDue(ctx, input.withinDays),
  'archive:link': (input, ctx) => linkDocument(ctx, input.requestId, input.documentId),
  'archive:unlink': (input, ctx) => unlinkDocument(ctx, input.requestId, input.documentId),
  'archive:links': (input, ctx) => getLinks(ctx, input.requestId),
  'archive:finishImport': (input, ctx) => finishUpload(ctx, input),
  'archive:importRuns': (input, ctx) => importRuns(ctx, input),
  'archive:importItems': (input, ctx) => importItems(ctx, input),
  'archive:download': (input, ctx) => downloadDocument(ctx, input.id),
  'archive:withdraw': (input, ctx) => withdrawDocument(ctx, input),
  'archive:dipDecree': (_input, ctx) => getDipDecree(ctx.db),
  'archive:setDipDecree': (input, ctx) => setDipDecree(ctx, input),
  'archive:letters': (input, ctx) => documentLetters(ctx, input.documentId),
  'archive:issueLetter': (input, ctx) => issueDocumentLetter(ctx, input),
  'archive:letterFile': (input, ctx) => documentLetterFile(ctx, input.id, input.format),
};
