import { Body, Param, Query, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod';
import { findUnsafeText, nestingDepth } from '@vinhdanh/domain';
import { RequestValidationError, type FieldError } from '../errors/api-error';
import { unsafeTextFieldErrors, zodFieldErrors } from '../errors/zod-field-errors';

/** Deepest nesting of objects/arrays a request part may have (a dossier needs 4). */
export const MAX_INPUT_DEPTH = 32;

/**
 * Checks every request part before its schema: no string or key anywhere may hold NUL, a lone
 * surrogate or a non-character (nothing could store it), and no absurd nesting. Schemas build
 * their text fields on the same check (`Text`, `SafeString` from the domain), so values that
 * reach the workflows and the event store are checked again there.
 */
export function refuseUnsafeInput(value: unknown, location: FieldError['in'], prefix: string[] = []): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && nestingDepth(value, MAX_INPUT_DEPTH) > MAX_INPUT_DEPTH) {
    throw new RequestValidationError([
      {
        field: prefix.length ? prefix.join('.') : '(root)',
        in: location,
        rule: 'max_depth',
        message: `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_INPUT_DEPTH} tầng).`,
        message_en: `Nested more than ${MAX_INPUT_DEPTH} levels deep.`,
      },
    ]);
  }
  const found = findUnsafeText(value);
  if (found.length === 0) return;
  const prefixed = found.map((f) => ({ ...f, path: [...prefix, ...f.path] }));
  throw new RequestValidationError(unsafeTextFieldErrors(prefixed, location));
}

/** Validates (and coerces/strips) one request part with a zod schema; failures become a 400 problem. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly location: FieldError['in'],
    private readonly fieldPrefix: string[] = [],
  ) {}

  transform(value: unknown, _meta?: ArgumentMetadata): z.infer<S> {
    refuseUnsafeInput(value, this.location, this.fieldPrefix);
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const errors = zodFieldErrors(parsed.error, value, this.location).map((e) =>
      this.fieldPrefix.length
        ? {
            ...e,
            field: e.field === '(root)' ? this.fieldPrefix.join('.') : `${this.fieldPrefix.join('.')}.${e.field}`,
          }
        : e,
    );
    throw new RequestValidationError(errors);
  }
}

/** JSON Schema for the OpenAPI document (zod 4 native), without the `$schema` key Swagger rejects. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    unrepresentable: 'any',
    io: 'input',
  }) as Record<string, unknown>;
  return rest;
}

/**
 * `@ZodBody(X) body: X` names both the zod constant and its inferred type, so the emitted
 * `design:paramtypes` holds the schema object; Swagger would read it as a DTO class and crash.
 */
function neutraliseParamType(target: object, key: string | symbol | undefined, index: number): void {
  if (key === undefined) return;
  const types: unknown[] | undefined = Reflect.getMetadata('design:paramtypes', target, key);
  if (types && types[index] instanceof z.ZodType) types[index] = Object;
}

/**
 * The request body, validated by `schema`; also documents the body in OpenAPI.
 * Usage: `create(@ZodBody(CreateNominationRequest) body: CreateNominationRequest)`.
 */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  const bodyDecorator = Body(new ZodValidationPipe(schema, 'body'));
  return (target, key, index) => {
    bodyDecorator(target, key, index);
    neutraliseParamType(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) ApiBody({ schema: openApiSchema(schema) })(target, key, descriptor);
  };
}

/** The whole query string, validated by an object schema (use `z.coerce` for numbers/dates). */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  const queryDecorator = Query(new ZodValidationPipe(schema, 'query'));
  return (target, key, index) => {
    queryDecorator(target, key, index);
    neutraliseParamType(target, key, index);
  };
}

/** One path parameter, validated by `schema`; errors name the parameter. */
export function ZodParam(name: string, schema: z.ZodType): ParameterDecorator {
  const paramDecorator = Param(name, new ZodValidationPipe(schema, 'path', [name]));
  return (target, key, index) => {
    paramDecorator(target, key, index);
    neutraliseParamType(target, key, index);
  };
}
