/** The public face of core/edit: what the plugin, the command line and the dashboard use. */
export { setProgressMark } from './set-progress-mark';
export { indexedStep, setStepStatus } from './set-step-status';
export type { EditResult, StatusChange } from './set-step-status';
