import { sql, type Kysely } from 'kysely';

/*
 * The event store: one append-only table, a one-round-trip append function and a trigger that
 * refuses UPDATE, DELETE and TRUNCATE. Frozen: never edit after it has shipped, add a new migration.
 *
 * Hash chain, per stream: hash = sha256(prev_hash || utf8(canonical JSON)), prev_hash of version 1
 * is 32 zero bytes. The canonical JSON (RFC 8785) is built by the client, which sends it in two parts
 * around the stream version because the version is only known here, under the head check.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table events (
      global_position bigserial primary key,
      transaction_id xid8 not null default pg_current_xact_id(),
      event_id uuid not null,
      stream_id text not null,
      stream_version integer not null check (stream_version > 0),
      type text not null,
      schema_version integer not null default 1 check (schema_version > 0),
      data jsonb not null,
      metadata jsonb not null default '{}',
      occurred_at timestamptz not null,
      recorded_at timestamptz not null default now(),
      prev_hash bytea not null check (octet_length(prev_hash) = 32),
      hash bytea not null check (octet_length(hash) = 32),
      constraint events_event_id_key unique (event_id),
      constraint events_stream_version_key unique (stream_id, stream_version)
    )`.execute(db);
  // readAll walks (transaction_id, global_position): the order in which transactions become safe to read.
  await sql`create index events_transaction_order_idx on events (transaction_id, global_position)`.execute(db);

  await sql`
    create function events_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'events are append-only (rule events_append_only): % refused', tg_op
        using errcode = 'ES403', hint = 'append a compensating event instead';
    end $$`.execute(db);
  await sql`
    create trigger events_append_only before update or delete on events
      for each row execute function events_refuse_change()`.execute(db);
  await sql`
    create trigger events_append_only_truncate before truncate on events
      for each statement execute function events_refuse_change()`.execute(db);

  /*
   * append_events(stream, expected, events) in one statement. p_expected: >= 0 exact version
   * (0 = new stream), -1 any, -2 no stream. p_events: [{ eventId, type, schemaVersion, data,
   * metadata, occurredAt, canonHead, canonTail }]. When every event id is already stored with the
   * same stream, type, schema version and data, it returns the stored rows with already_written.
   * Errors: ES409 version conflict (detail = actual version), ES410 event id reused differently,
   * ES412 the caller's transaction id is older than the stream head's (retry the transaction).
   * A concurrent writer on the same version surfaces as unique_violation on events_stream_version_key.
   */
  await sql`
    create function append_events(p_stream_id text, p_expected integer, p_events jsonb)
    returns table (global_position bigint, stream_version integer, transaction_id xid8, already_written boolean)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      v_count integer := jsonb_array_length(p_events);
      v_found integer;
      v_matching integer;
      v_head integer;
      v_head_xid xid8;
      v_prev bytea;
      v_hashes bytea[] := '{}';
      v_prevs bytea[] := '{}';
      v_event jsonb;
    begin
      -- 'any' appends to one stream queue up instead of failing on each other's version.
      if p_expected = -1 then
        perform pg_advisory_xact_lock(hashtext(p_stream_id));
      end if;
      select count(*), count(*) filter (
               where e.stream_id = p_stream_id and e.type = n.type
                 and e.schema_version = n."schemaVersion" and e.data = n.data)
        into v_found, v_matching
        from jsonb_to_recordset(p_events) as n("eventId" uuid, type text, "schemaVersion" integer, data jsonb)
        join events e on e.event_id = n."eventId";
      if v_found > 0 then
        if v_found <> v_count or v_matching <> v_count then
          raise exception 'event ids already stored with other content or in another stream'
            using errcode = 'ES410';
        end if;
        return query
          select e.global_position, e.stream_version, e.transaction_id, true
            from events e
           where e.event_id in (select (x->>'eventId')::uuid from jsonb_array_elements(p_events) x)
           order by e.stream_version;
        return;
      end if;

      select e.stream_version, e.hash, e.transaction_id into v_head, v_prev, v_head_xid
        from events e where e.stream_id = p_stream_id
       order by e.stream_version desc limit 1;
      -- readAll orders by transaction id: a transaction that took its id before the head's writer
      -- would sort before the head, so it must retry with a fresh id (only possible when a caller's
      -- transaction wrote before appending; a lone append takes its id after the head committed).
      if v_head_xid > pg_current_xact_id() then
        raise exception 'transaction is older than the head of stream %; retry it', p_stream_id
          using errcode = 'ES412', detail = v_head::text;
      end if;
      v_head := coalesce(v_head, 0);
      v_prev := coalesce(v_prev, '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
      if (p_expected >= 0 and v_head <> p_expected) or (p_expected = -2 and v_head <> 0) then
        raise exception 'stream % is at version %, expected %', p_stream_id, v_head, p_expected
          using errcode = 'ES409', detail = v_head::text;
      end if;

      for i in 0 .. v_count - 1 loop
        v_event := p_events->i;
        v_prevs := v_prevs || v_prev;
        v_prev := sha256(v_prev || convert_to(
          (v_event->>'canonHead') || (v_head + i + 1)::text || (v_event->>'canonTail'), 'UTF8'));
        v_hashes := v_hashes || v_prev;
      end loop;

      return query
        insert into events as e (event_id, stream_id, stream_version, type, schema_version, data, metadata,
                                 occurred_at, prev_hash, hash)
        select (x.value->>'eventId')::uuid, p_stream_id, v_head + x.ord::integer, x.value->>'type',
               (x.value->>'schemaVersion')::integer, x.value->'data', x.value->'metadata',
               (x.value->>'occurredAt')::timestamptz, v_prevs[x.ord], v_hashes[x.ord]
          from jsonb_array_elements(p_events) with ordinality as x(value, ord)
         order by x.ord
        returning e.global_position, e.stream_version, e.transaction_id, false;
    end $$`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists append_events(text, integer, jsonb)`.execute(db);
  await sql`drop table if exists events`.execute(db);
  await sql`drop function if exists events_refuse_change()`.execute(db);
}
