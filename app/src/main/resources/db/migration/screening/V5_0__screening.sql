-- Screening instruments are data. A version is immutable once written: editing an instrument adds a
-- version, and every response keeps the version it was answered with.
create table instrument (
  id          uuid primary key,
  code        text not null,
  version     int not null,
  name_en     text not null,
  name_fr     text not null,
  audience    text not null check (audience in ('ADULT', 'YOUTH')),
  possible_at numeric not null,   -- score from which the level is "possible concern"
  clear_at    numeric not null,   -- score from which the level is "clear concern"
  created_by  text not null default 'system',
  created_at  timestamptz not null default now(),
  unique (code, version),
  check (possible_at <= clear_at)
);
create table instrument_item (
  instrument_id uuid not null references instrument(id),
  position      int not null,
  code          text not null,
  domain        text not null,
  text_en       text not null,
  text_fr       text not null,
  scale         text not null check (scale in ('YES_NO', 'FREQUENCY')),
  weight        numeric not null check (weight >= 0),
  primary key (instrument_id, position),
  unique (instrument_id, code)
);
create table screening (
  id              uuid primary key,
  instrument_id   uuid not null references instrument(id),
  subject_type    text not null,
  subject_id      uuid not null,
  organization_id uuid references organization(id),
  score           numeric not null,
  level           text not null check (level in ('NO_CONCERN', 'POSSIBLE', 'CLEAR')),
  answered_by     uuid references app_user(id),
  answered_at     timestamptz not null default now()
);
create index screening_by_subject on screening (subject_type, subject_id);
create table screening_answer (
  screening_id uuid not null references screening(id),
  item_code    text not null,
  value        int not null check (value between 0 and 2),
  primary key (screening_id, item_code)
);

-- Version 1 of Harbour's two instruments, written in our own words from public lists of
-- trafficking and exploitation indicators. Scales: YES_NO (0 no / not known, 1 yes);
-- FREQUENCY (0 never, 1 sometimes, 2 often).
insert into instrument(id, code, version, name_en, name_fr, audience, possible_at, clear_at) values
  ('5c1a0000-0000-4000-8000-000000000001', 'ADULT_TRAFFICKING', 1, 'Adult trafficking screen', 'Dépistage de la traite chez l''adulte', 'ADULT', 3, 6),
  ('5c1a0000-0000-4000-8000-000000000002', 'YOUTH_EXPLOITATION', 1, 'Youth exploitation screen', 'Dépistage de l''exploitation chez les jeunes', 'YOUTH', 2, 5);
insert into instrument_item(instrument_id, position, code, domain, text_en, text_fr, scale, weight) values
  ('5c1a0000-0000-4000-8000-000000000001', 1, 'documents', 'CONTROL', 'Does someone else keep your passport, ID or bank card?', 'Quelqu''un d''autre garde-t-il votre passeport, vos pièces d''identité ou votre carte bancaire?', 'YES_NO', 3),
  ('5c1a0000-0000-4000-8000-000000000001', 2, 'debt', 'CONTROL', 'Do you owe money to an employer, recruiter or "agent" that keeps growing?', 'Devez-vous à un employeur, un recruteur ou un « agent » une somme qui ne cesse d''augmenter?', 'YES_NO', 2),
  ('5c1a0000-0000-4000-8000-000000000001', 3, 'leave', 'MOVEMENT', 'Are you unable to leave your work or home when you want to?', 'Êtes-vous dans l''impossibilité de quitter votre travail ou votre logement quand vous le voulez?', 'YES_NO', 3),
  ('5c1a0000-0000-4000-8000-000000000001', 4, 'threats', 'FORCE', 'Has anyone threatened you, or people you love, if you do not do what they say?', 'Quelqu''un vous a-t-il menacé, vous ou vos proches, si vous ne faites pas ce qu''on vous dit?', 'FREQUENCY', 2),
  ('5c1a0000-0000-4000-8000-000000000001', 5, 'pay', 'LABOUR', 'Are you paid much less than promised, or not paid at all?', 'Êtes-vous payé beaucoup moins que promis, ou pas du tout?', 'YES_NO', 1),
  ('5c1a0000-0000-4000-8000-000000000001', 6, 'sex', 'SEXUAL', 'Has anyone made you do sexual acts for money or things that they took?', 'Quelqu''un vous a-t-il forcé à des actes sexuels contre de l''argent ou des biens qu''il a pris?', 'YES_NO', 3),
  ('5c1a0000-0000-4000-8000-000000000001', 7, 'watched', 'MOVEMENT', 'Are you watched, or not allowed to talk to people alone?', 'Êtes-vous surveillé, ou empêché de parler seul à d''autres personnes?', 'FREQUENCY', 1),
  ('5c1a0000-0000-4000-8000-000000000002', 1, 'older', 'RELATIONSHIP', 'Is there an older "boyfriend", "girlfriend" or friend who gives gifts and asks for favours?', 'Y a-t-il un « chum », une « blonde » ou un ami plus âgé qui offre des cadeaux et demande des faveurs?', 'YES_NO', 2),
  ('5c1a0000-0000-4000-8000-000000000002', 2, 'runaway', 'SAFETY', 'Has the young person run away, or stayed out all night?', 'Le jeune a-t-il fugué, ou passé la nuit dehors?', 'FREQUENCY', 1),
  ('5c1a0000-0000-4000-8000-000000000002', 3, 'money', 'SIGNS', 'Do they have money, clothes or a phone they cannot explain?', 'A-t-il de l''argent, des vêtements ou un téléphone qu''il ne peut pas expliquer?', 'YES_NO', 1),
  ('5c1a0000-0000-4000-8000-000000000002', 4, 'images', 'ONLINE', 'Has anyone asked for, shared or sold sexual images of them?', 'Quelqu''un a-t-il demandé, partagé ou vendu des images sexuelles de lui?', 'YES_NO', 3),
  ('5c1a0000-0000-4000-8000-000000000002', 5, 'trade', 'SEXUAL', 'Have they been asked to do sexual acts in exchange for something?', 'Lui a-t-on demandé des actes sexuels en échange de quelque chose?', 'YES_NO', 3),
  ('5c1a0000-0000-4000-8000-000000000002', 6, 'hotels', 'SIGNS', 'Have they been seen in hotels, or with adults they do not know?', 'L''a-t-on vu dans des hôtels, ou avec des adultes qu''il ne connaît pas?', 'FREQUENCY', 1);
