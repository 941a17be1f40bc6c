import type { FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { AppError } from '../../server/errors.js';
import { humanBytes, uploadLimitOf } from './uploads.limits.js';

/** 413 naming the file size limit of the request's route. */
export function fileTooLarge(request: FastifyRequest, field = 'file'): AppError {
  const limit = humanBytes(uploadLimitOf(request));
  return new AppError(413, 'body_too_large', { limit }, [{ field, code: 'body_too_large', params: { limit } }]);
}

/**
 * The parts of a multipart request, read with the file size limit of its route; a file over the
 * limit stops the request with a 413 that names that limit.
 */
export async function* limitedParts(request: FastifyRequest): AsyncGenerator<MultipartFile | MultipartValue> {
  const limits = { fileSize: uploadLimitOf(request) };
  try {
    for await (const part of request.parts({ limits })) yield part;
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(request);
    throw e;
  }
}

/** A file part's bytes, refused with a 413 past the route's limit. */
export async function partBytes(request: FastifyRequest, part: MultipartFile): Promise<Buffer> {
  try {
    return await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(request, part.fieldname);
    throw e;
  }
}
