-- Indexes the service pages and the HSDS API need at 50,000 services (found by the benchmark).
create index dir_accessibility_by_location on dir_accessibility (location_id);
create index dir_location_by_organization on dir_location (organization_id);
create index dir_service_by_name on dir_service (name, id);
