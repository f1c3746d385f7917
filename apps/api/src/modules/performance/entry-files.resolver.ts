import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { FileDescription, FileService } from '../../platform/files/file.service';
import type { RequestContext } from '../../platform/graphql/context';
import { PerformanceEntryView } from './performance.type';

@ObjectType('EvidenceFile', { description: 'An evidence file of a performance entry, as listed (download: GET /files/evidence/{id})' })
export class EvidenceFileView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The name it was uploaded with' })
  name!: string;

  @Field({ description: 'PDF, DOC, DOCX, XLS or XLSX, known by its content' })
  kind!: string;

  @Field(() => Int)
  sizeBytes!: number;
}

const perRequest = new WeakMap<RequestContext, DataLoader<string, FileDescription | null>>();

/**
 * `PerformanceEntry.evidenceFiles`: the entry's files with their names and sizes, in the entry's
 * order (one query per request). The entry was reached through the context's visibility rules,
 * and its files go with it (`entryVisibility`: the files of an entry the caller may see).
 */
@Resolver(() => PerformanceEntryView)
export class EntryFilesResolver {
  constructor(private readonly files: FileService) {}

  @FieldResolver(() => [EvidenceFileView], { description: 'The evidence files, named and sized, in the order of evidenceFileIds' })
  async evidenceFiles(@Root() entry: PerformanceEntryView, @Ctx() ctx: RequestContext): Promise<EvidenceFileView[]> {
    let loader = perRequest.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const found = new Map((await this.files.describe(ids)).map((file) => [file.id, file]));
        return ids.map((id) => found.get(id) ?? null);
      });
      perRequest.set(ctx, loader);
    }
    const files = await loader.loadMany(entry.evidenceFileIds);
    return files.flatMap((file) =>
      file && !(file instanceof Error) ? [{ id: file.id, name: file.name, kind: file.kind, sizeBytes: file.sizeBytes }] : [],
    );
  }
}
