"""Language packages (rules kept apart from the engine, as coreferee does)."""
