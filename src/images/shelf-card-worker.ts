/** A worker thread that draws shelf cards and sheets (src/util/worker-pool.ts), so a night that draws thousands uses every core. */
import { serveWorker } from '../util/worker-pool.ts';
import { drawShelfCard, drawShelfSheet, type ShelfDrawing } from './shelf-card.ts';

serveWorker<ShelfDrawing, Buffer>((drawing) => ('card' in drawing ? drawShelfCard(drawing.card) : drawShelfSheet(drawing.sheet)));
