// The ranking worker: every candidate move run through what-if for the side panel's next best actions, away from the map's first frames.
import { rankingAnswer } from './ranking-answer';
import type { RankingRequest } from './ranking-protocol';

self.onmessage = (event: MessageEvent<RankingRequest>) => self.postMessage(rankingAnswer(event.data));
