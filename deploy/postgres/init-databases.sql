-- One database per command-side service (each keeps its own Axon event store and deadlines).
-- Run by the postgres image once, when its data directory is empty (see docker-compose.yml).
CREATE DATABASE intake;
CREATE DATABASE handling;
