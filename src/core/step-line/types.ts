/** A step's status, as its checkbox (and Tasks' done or cancelled date) says it. */
export type StepStatus = 'open' | 'in-progress' | 'done' | 'dropped';
/** Whose step it is: the client's own, or the coach's promise. */
export type Owner = 'client' | 'coach';
