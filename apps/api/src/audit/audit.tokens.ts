/** The `AuditSigner` (`@vinhdanh/audit`) that signs anchors and exports. */
export const AUDIT_SIGNER = Symbol('vinhdanh.AuditSigner');
/** SPKI PEMs an anchor may be signed with: the current key plus retired ones (key rotation). */
export const AUDIT_TRUSTED_KEYS = Symbol('vinhdanh.AuditTrustedKeys');
/** A function that returns the bundled workflow code for replay checks (built once per process). */
export const WORKFLOW_BUNDLE = Symbol('vinhdanh.WorkflowBundle');
