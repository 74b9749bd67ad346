import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Serves Swagger UI at `/api/docs` (assets from the local swagger-ui-dist) and the document at `/api/docs-json`. */
export function setupOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('vinhdanh API')
      .setDescription(
        'Thi đua – khen thưởng: đề nghị khen thưởng qua các cấp công đoàn. Errors are application/problem+json ' +
          '(Vietnamese `title`/`detail`/`errors[].message`, English `*_en`, stable `code`).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
