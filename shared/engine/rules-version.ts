// The engine rules' version: cached qualifications (the workspace index) are keyed on it, so bump it whenever a rule, gap or score changes.
export const ENGINE_RULES_VERSION = 4;
