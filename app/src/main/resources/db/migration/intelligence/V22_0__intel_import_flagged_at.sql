-- When the flags that need every ad of an import (many ads on one phone, one template in many cities, a phone
-- moving between cities) were added to the ads it reached. They are added after the import has answered, while the
-- next import runs, so an import can be finished with its flags still to come (null here). An import that stopped
-- before them, or whose flags a stop interrupted, has them added at the next start. Imports before this column had
-- theirs added before they answered.
alter table intel_import add column flagged_at timestamptz;
update intel_import set flagged_at = coalesce(finished_at, now()) where status <> 'RUNNING';
