import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
import {
  CatalogCategoryLabels,
  DataLevelLabels,
  ItemDataTypeLabels,
  LifecycleStageLabels,
  OpenTypeLabels,
  ResourceFormatLabels,
  ResourceStatusLabels,
  SharingMethodLabels,
  SharingTypeLabels,
  UpdateFrequencyLabels,
} from "./inventory.messages";
import { LevelFacet, OpenTypeFacet, SharingTypeFacet } from "./inventory.types";

/** Beside each enum value a resource shows, its label in the request's language (Chinese by default): front ends keep no label maps. */
@Resolver(() => DataResource)
class DataResourceLabelsResolver {
  @FieldResolver(() => String, { description: "资源属性分类, as a person reads it (e.g. 基础), in the request's language." })
  catalogCategoryLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(CatalogCategoryLabels[resource.catalogCategory]);
  }

  @FieldResolver(() => String, { description: "信息资源格式, as a person reads it (e.g. 数据库), in the request's language." })
  formatLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(ResourceFormatLabels[resource.format]);
  }

  @FieldResolver(() => String, { description: "更新周期, as a person reads it (e.g. 每月), in the request's language." })
  updateFrequencyLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(UpdateFrequencyLabels[resource.updateFrequency]);
  }

  @FieldResolver(() => String, { description: "生命周期阶段, as a person reads it (e.g. 共享开放), in the request's language." })
  lifecycleStageLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(LifecycleStageLabels[resource.lifecycleStage]);
  }

  @FieldResolver(() => String, { description: "状态, as a person reads it (e.g. 已发布), in the request's language." })
  statusLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(ResourceStatusLabels[resource.status]);
  }

  @FieldResolver(() => String, { description: "共享类型, as a person reads it (e.g. 有条件共享), in the request's language." })
  sharingTypeLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(SharingTypeLabels[resource.sharingType]);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "共享方式, as a person reads it (e.g. 接口), in the request's language; null when none is recorded.",
  })
  sharingMethodLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string | null {
    return resource.sharingMethod ? ctx.localise(SharingMethodLabels[resource.sharingMethod]) : null;
  }

  @FieldResolver(() => String, { description: "开放类型, as a person reads it (e.g. 不予开放), in the request's language." })
  openTypeLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(OpenTypeLabels[resource.openType]);
  }

  @FieldResolver(() => String, { description: "数据分级, as a person reads it (e.g. 一般数据), in the request's language." })
  levelLabel(@Root() resource: DataResource, @Ctx() ctx: RequestContext): string {
    return ctx.localise(DataLevelLabels[resource.level]);
  }
}

@Resolver(() => DataItem)
class DataItemLabelsResolver {
  @FieldResolver(() => String, { description: "信息项数据类型, as a person reads it (e.g. 字符型), in the request's language." })
  dataTypeLabel(@Root() item: DataItem, @Ctx() ctx: RequestContext): string {
    return ctx.localise(ItemDataTypeLabels[item.dataType]);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The item's own 共享类型 as a person reads it, in the request's language; null when it has none.",
  })
  sharingTypeLabel(@Root() item: DataItem, @Ctx() ctx: RequestContext): string | null {
    return item.sharingType ? ctx.localise(SharingTypeLabels[item.sharingType]) : null;
  }
}

@Resolver(() => SharingTypeFacet)
class SharingTypeFacetLabelResolver {
  @FieldResolver(() => String, { description: "The value's label (e.g. 有条件共享), in the request's language." })
  label(@Root() facet: SharingTypeFacet, @Ctx() ctx: RequestContext): string {
    return ctx.localise(SharingTypeLabels[facet.value]);
  }
}

@Resolver(() => OpenTypeFacet)
class OpenTypeFacetLabelResolver {
  @FieldResolver(() => String, { description: "The value's label (e.g. 有条件开放), in the request's language." })
  label(@Root() facet: OpenTypeFacet, @Ctx() ctx: RequestContext): string {
    return ctx.localise(OpenTypeLabels[facet.value]);
  }
}

@Resolver(() => LevelFacet)
class LevelFacetLabelResolver {
  @FieldResolver(() => String, { description: "The value's label (e.g. 重要数据), in the request's language." })
  label(@Root() facet: LevelFacet, @Ctx() ctx: RequestContext): string {
    return ctx.localise(DataLevelLabels[facet.value]);
  }
}

export const inventoryLabelResolvers = [
  DataResourceLabelsResolver,
  DataItemLabelsResolver,
  SharingTypeFacetLabelResolver,
  OpenTypeFacetLabelResolver,
  LevelFacetLabelResolver,
] as const;
