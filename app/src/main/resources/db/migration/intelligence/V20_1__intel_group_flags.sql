-- The numbers behind the flags that no single ad shows, kept once per phone (many ads on one phone, one phone moving
-- between cities) or per near-duplicate cluster (one template in many cities), instead of on every ad they reach.
-- Kept on the ads, these numbers changed with every import that added an ad to a large network, and every ad of it
-- was written again (1.6 million ad updates for a million ads imported 100,000 at a time). An ad now carries the
-- flag's name (the list filters by it), written once, and shows the numbers of its phones and cluster as they are.
-- group_id is the phone's entity id or the cluster's id (its oldest ad's), both entities.
create table intel_group_flag (
  group_id        uuid not null references intel_entity(id) on delete cascade,
  flag            text not null check (flag in ('MANY_ADS_ONE_PHONE', 'TEMPLATE_MANY_CITIES', 'MOVES_BETWEEN_CITIES')),
  police_org_id   uuid not null references organization(id),
  evidence        jsonb not null,
  primary key (group_id, flag)
);

-- An ad's flag evidence as shown: its own (the words of its text's flags, and numbers written on it before this
-- table) with, for each cross-ad flag it carries, the numbers now of the phone it names or its cluster (the one
-- with the most ads when it names several phones).
create function intel_ad_flag_evidence(for_ad uuid, in_cluster uuid, own jsonb, carried text[]) returns jsonb
language sql stable as $$
  select own || coalesce((
    select jsonb_object_agg(x.flag, x.evidence)
      from (select distinct on (g.flag) g.flag, g.evidence
              from intel_group_flag g
             where g.flag = any(carried)
               and (g.group_id = in_cluster
                    or g.group_id in (select l.to_id from intel_link l where l.from_id = for_ad and l.kind = 'MENTIONS'))
             order by g.flag, (g.evidence ->> 'ads')::int desc nulls last,
                      (g.evidence ->> 'cities')::int desc nulls last, (g.evidence ->> 'days')::int desc nulls last) x),
    '{}'::jsonb)
$$;
