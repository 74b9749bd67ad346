import { setTimeout as sleep } from 'node:timers/promises';
import type { SearchAttributeType } from '@temporalio/common';
import {
  encodeSearchAttributeIndexedValueType,
  type SearchAttributeKey,
} from '@temporalio/common/lib/search-attributes';
import { msNumberToTs } from '@temporalio/common/lib/time';
import type { temporal } from '@temporalio/proto';
import { TemporalLibError } from './errors';

/** Key in a namespace's `data` naming the database of the deployment that created it. */
export const NAMESPACE_OWNER_KEY = 'vinhdanh.database';

/** The two gRPC services {@link ensureNamespace} needs (a client `Connection` or a worker `NativeConnection`). */
export interface NamespaceServices {
  workflowService: Pick<
    temporal.api.workflowservice.v1.WorkflowService,
    'describeNamespace' | 'registerNamespace' | 'listWorkflowExecutions'
  >;
  operatorService: Pick<
    temporal.api.operatorservice.v1.OperatorService,
    'listSearchAttributes' | 'addSearchAttributes'
  >;
}

/** What {@link ensureNamespace} makes true. */
export interface EnsureNamespaceOptions {
  services: NamespaceServices;
  namespace: string;
  /** The deployment's database name: recorded when the namespace is created, checked afterwards. */
  owner: string;
  searchAttributes: readonly SearchAttributeKey<SearchAttributeType>[];
  /** How long closed workflow histories are kept (created namespaces only). */
  retentionDays?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

const NOT_FOUND = 5;
const ALREADY_EXISTS = 6;

/**
 * Makes the deployment's namespace exist, belong to it, and know the project's search attributes.
 * Creates it if missing (recording `owner`), refuses one created by a deployment on another
 * database (its workers would run this deployment's workflows against the wrong data), and adds
 * missing search attributes (with SQL visibility they are per namespace). Safe to run from every
 * API and worker process at once: each step tolerates another process having done it first.
 */
export async function ensureNamespace(options: EnsureNamespaceOptions): Promise<'created' | 'existing'> {
  const { services, namespace, owner } = options;
  const log = options.log ?? (() => undefined);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let outcome: 'created' | 'existing' = 'existing';

  let described = await describe(services, namespace);
  if (!described) {
    try {
      await services.workflowService.registerNamespace({
        namespace,
        description: `vinhdanh deployment on database ${owner}`,
        workflowExecutionRetentionPeriod: msNumberToTs((options.retentionDays ?? 30) * 86_400_000),
        data: { [NAMESPACE_OWNER_KEY]: owner },
      });
      outcome = 'created';
      log(`Created Temporal namespace "${namespace}" for database ${owner}`);
    } catch (err) {
      if (grpcCode(err) !== ALREADY_EXISTS) throw err;
    }
    // A new namespace reaches every frontend's cache shortly after it is registered.
    while (!(described = await describe(services, namespace))) {
      if (Date.now() > deadline) throw timeout(namespace, 'the namespace to become visible');
      await sleep(250);
    }
  }

  const recorded = described.namespaceInfo?.data?.[NAMESPACE_OWNER_KEY];
  if (recorded && recorded !== owner) {
    throw new TemporalLibError(
      'TEMPORAL.NAMESPACE_TAKEN',
      `TEMPORAL_NAMESPACE: the Temporal namespace "${namespace}" belongs to the deployment on database ` +
        `"${recorded}", not "${owner}"; give this deployment its own namespace (each deployment's workers ` +
        'would otherwise run the other one’s workflows against the wrong database)',
    );
  }

  // describeNamespace reads the database, but every other call resolves the name through each
  // frontend's namespace cache, which learns of a new namespace on its next refresh (~10 s).
  for (;;) {
    try {
      await services.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
      break;
    } catch (err) {
      if (grpcCode(err) !== NOT_FOUND) throw err;
      if (Date.now() > deadline) throw timeout(namespace, 'the namespace to reach the server’s cache');
      await sleep(500);
    }
  }

  const wanted = options.searchAttributes;
  for (;;) {
    const { customAttributes } = await services.operatorService.listSearchAttributes({ namespace });
    const registered = new Set(Object.keys(customAttributes ?? {}));
    const missing = wanted.filter((key) => !registered.has(key.name));
    if (missing.length === 0) return outcome;
    if (Date.now() > deadline) throw timeout(namespace, `search attributes ${missing.map((k) => k.name).join(', ')}`);
    try {
      await services.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(
          missing.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type) ?? 0]),
        ),
      });
      log(`Registered search attributes ${missing.map((k) => k.name).join(', ')} in "${namespace}"`);
    } catch (err) {
      // Another process added them first; the next listing shows them.
      if (grpcCode(err) !== ALREADY_EXISTS) throw err;
    }
    await sleep(250);
  }
}

async function describe(
  services: NamespaceServices,
  namespace: string,
): Promise<temporal.api.workflowservice.v1.IDescribeNamespaceResponse | undefined> {
  try {
    return await services.workflowService.describeNamespace({ namespace });
  } catch (err) {
    if (grpcCode(err) === NOT_FOUND) return undefined;
    throw err;
  }
}

function grpcCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function timeout(namespace: string, what: string): TemporalLibError {
  return new TemporalLibError(
    'TEMPORAL.NAMESPACE_TIMEOUT',
    `Timed out waiting for ${what} in namespace "${namespace}"`,
  );
}
