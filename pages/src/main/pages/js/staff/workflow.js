// The nomination workflow's table of transitions, as NominationWorkflow.TRANSITIONS has it (the
// functions' WorkflowTableForPagesTest keeps the two equal), so that a workspace offers only the steps
// the API would take from a nomination's status. The array is strict JSON, for that test to read.
export const TRANSITIONS = [
  {"action": "submit", "from": null, "to": ["SUBMITTED"], "role": "enterprise"},
  {"action": "amend", "from": "SUBMITTED", "to": ["SUBMITTED"], "role": "enterprise"},
  {"action": "withdraw", "from": "SUBMITTED", "to": ["WITHDRAWN"], "role": "enterprise"},
  {"action": "qualify", "from": "SUBMITTED", "to": ["QUALIFIED"], "role": "reviewer"},
  {"action": "disqualify", "from": "SUBMITTED", "to": ["DISQUALIFIED"], "role": "reviewer"},
  {"action": "assign-experts", "from": "QUALIFIED", "to": ["IN_REVIEW", "SCORED"], "role": "reviewer"},
  {"action": "assign-experts", "from": "IN_REVIEW", "to": ["IN_REVIEW", "SCORED"], "role": "reviewer"},
  {"action": "score", "from": "IN_REVIEW", "to": ["IN_REVIEW", "SCORED"], "role": "expert"},
  {"action": "shortlist", "from": "SCORED", "to": ["SHORTLISTED"], "role": "reviewer"},
  {"action": "reject", "from": "SCORED", "to": ["REJECTED"], "role": "reviewer"},
  {"action": "open-notice", "from": "SHORTLISTED", "to": ["ON_NOTICE"], "role": "reviewer"},
  {"action": "reject", "from": "SHORTLISTED", "to": ["REJECTED"], "role": "reviewer"},
  {"action": "object", "from": "ON_NOTICE", "to": ["ON_NOTICE"], "role": null},
  {"action": "resolve-objection", "from": "ON_NOTICE", "to": ["ON_NOTICE", "REJECTED"], "role": "reviewer"},
  {"action": "finalize", "from": "ON_NOTICE", "to": ["FINALIST"], "role": "reviewer"},
  {"action": "name", "from": "FINALIST", "to": ["NAMED"], "role": "reviewer"},
  {"action": "disqualify", "from": "FINALIST", "to": ["DISQUALIFIED"], "role": "reviewer"}
];

/** Every status a nomination can be in, in the order the queues show them. */
export const STATUSES = ['SUBMITTED', 'QUALIFIED', 'IN_REVIEW', 'SCORED', 'SHORTLISTED', 'ON_NOTICE', 'FINALIST',
  'NAMED', 'REJECTED', 'DISQUALIFIED', 'WITHDRAWN'];

/** The actions `role` may take from `status`, in the table's order, each once. */
export function actionsOf(status, role) {
  return [...new Set(TRANSITIONS.filter((t) => t.from === status && t.role === role).map((t) => t.action))];
}
