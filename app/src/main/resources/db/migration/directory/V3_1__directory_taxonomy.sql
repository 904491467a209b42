-- Harbour's taxonomy of needs (both languages) and the unit of capacity; ids are fixed so exports stay stable.
insert into dir_taxonomy(id, name, description, uri, version) values
  ('7a4e0000-0000-4000-8000-000000000001', 'Harbour needs', 'The needs a person may ask Harbour for help with.', 'https://harbour.invalid/taxonomy/needs', '1');
insert into dir_taxonomy_term(id, taxonomy_id, code, name, name_fr, description) values
  ('7a4e0000-0000-4000-8001-000000000001', '7a4e0000-0000-4000-8000-000000000001', 'emergency-shelter', 'Emergency shelter', 'Hébergement d''urgence', 'A safe place to stay tonight.'),
  ('7a4e0000-0000-4000-8001-000000000002', '7a4e0000-0000-4000-8000-000000000001', 'transitional-housing', 'Transitional housing', 'Logement de transition', 'Housing for months while you rebuild.'),
  ('7a4e0000-0000-4000-8001-000000000003', '7a4e0000-0000-4000-8000-000000000001', 'victim-services', 'Victim services', 'Services aux victimes', 'Support for victims of crime and trafficking.'),
  ('7a4e0000-0000-4000-8001-000000000004', '7a4e0000-0000-4000-8000-000000000001', 'counselling', 'Counselling', 'Counseling', 'Talking with a trained counsellor.'),
  ('7a4e0000-0000-4000-8001-000000000005', '7a4e0000-0000-4000-8000-000000000001', 'mental-health', 'Mental health', 'Santé mentale', 'Care for emotional and mental well-being.'),
  ('7a4e0000-0000-4000-8001-000000000006', '7a4e0000-0000-4000-8000-000000000001', 'addictions', 'Addictions', 'Dépendances', 'Help with alcohol, drugs and other addictions.'),
  ('7a4e0000-0000-4000-8001-000000000007', '7a4e0000-0000-4000-8000-000000000001', 'medical-sexual-health', 'Medical and sexual health', 'Santé médicale et sexuelle', 'Doctors, nurses, clinics and sexual health care.'),
  ('7a4e0000-0000-4000-8001-000000000008', '7a4e0000-0000-4000-8000-000000000001', 'legal-aid', 'Legal aid', 'Aide juridique', 'Free or low-cost legal help.'),
  ('7a4e0000-0000-4000-8001-000000000009', '7a4e0000-0000-4000-8000-000000000001', 'immigration', 'Immigration', 'Immigration', 'Help with immigration status and papers.'),
  ('7a4e0000-0000-4000-8001-000000000010', '7a4e0000-0000-4000-8000-000000000001', 'income-support', 'Income support', 'Soutien du revenu', 'Money for food, rent and daily needs.'),
  ('7a4e0000-0000-4000-8001-000000000011', '7a4e0000-0000-4000-8000-000000000001', 'employment-training', 'Employment and training', 'Emploi et formation', 'Jobs, skills and training.'),
  ('7a4e0000-0000-4000-8001-000000000012', '7a4e0000-0000-4000-8000-000000000001', 'interpretation', 'Interpretation', 'Interprétation', 'Services in your language through interpreters.'),
  ('7a4e0000-0000-4000-8001-000000000013', '7a4e0000-0000-4000-8000-000000000001', 'indigenous-specific', 'Indigenous-specific', 'Services pour Autochtones', 'Services by and for First Nations, Inuit and Métis people.'),
  ('7a4e0000-0000-4000-8001-000000000014', '7a4e0000-0000-4000-8000-000000000001', 'youth-specific', 'Youth-specific', 'Services pour les jeunes', 'Services for children and youth.'),
  ('7a4e0000-0000-4000-8001-000000000015', '7a4e0000-0000-4000-8000-000000000001', '2slgbtqia', '2SLGBTQIA+', '2ELGBTQIA+', 'Services for Two-Spirit, lesbian, gay, bisexual, trans, queer, intersex and asexual people.');
insert into dir_unit(id, name, name_fr, scheme, identifier) values
  ('7a4e0000-0000-4000-8002-000000000001', 'bed', 'lit', 'harbour', 'bed');
