#!/bin/sh
exec /app/server.bin "$@"
