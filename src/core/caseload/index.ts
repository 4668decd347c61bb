export { buildCaseload, caseloadRow, quarterStart, type Caseload, type CaseloadOptions, type CaseloadRow } from './caseload';
export { caseloadClient, clientFacts, clientFactsInSteps, oneLine, type CaseloadClient, type FactsStep, type PromiseThread } from './facts';
export { collectPromises, type PromiseEntry, type PromiseLedger } from './promises';
export { buildBrief, type BriefItem, type BriefPromise, type BriefStep, type SessionBrief } from './brief';
export { renderBriefMarkdown, renderCaseloadMarkdown, renderPromisesMarkdown } from './render-markdown';
export { CaseloadFactsCache } from './cache';
export { asksDetector, ProgressVerdictsAhead } from './verdicts';
