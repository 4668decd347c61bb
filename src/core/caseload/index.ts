export { buildCaseload, caseloadClient, caseloadRow, oneLine, quarterStart, type Caseload, type CaseloadClient, type CaseloadOptions, type CaseloadRow } from './caseload';
export { collectPromises, type PromiseEntry, type PromiseLedger } from './promises';
export { buildBrief, type BriefItem, type BriefPromise, type BriefStep, type SessionBrief } from './brief';
export { renderBriefMarkdown, renderCaseloadMarkdown, renderPromisesMarkdown } from './render-markdown';
export { CaseloadCache } from './cache';
