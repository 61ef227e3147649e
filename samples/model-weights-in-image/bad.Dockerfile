# Builder stage: downloading here is fine, it never ships.
FROM python:3.12-slim AS download
RUN pip install --no-cache-dir huggingface_hub \
 && huggingface-cli download example-org/tiny-model --local-dir /models/tiny

FROM python:3.12-slim
# expect: model-weights-in-image "model weight files"
COPY model.safetensors /srv/model/
# The build context shows weight files in models/:
# expect: model-weights-in-image "a folder of model weights"
COPY models/ /srv/models/
# ORM models are source code: the context shows no weights there (quiet).
COPY app/ /srv/app/
COPY app/models/ /srv/app/models/
# expect: model-weights-in-image "huggingface-cli download"
RUN huggingface-cli download example-org/tiny-model --local-dir /srv/hf
# A dataset is not model weights (quiet here; it is still data baked into the image).
RUN huggingface-cli download example-org/sim-assets --repo-type dataset --local-dir /srv/assets
# A cache mount keeps the download out of the layer (quiet).
RUN --mount=type=cache,target=/root/.cache/huggingface huggingface-cli download example-org/tiny-model
# Copying a model cache out of the builder still bakes it in:
# expect: model-weights-in-image "model checkpoint/cache folder"
COPY --from=download /root/.cache/huggingface /root/.cache/huggingface
# An 'sh -c' string is read like any script:
# expect: model-weights-in-image "git lfs pull"
RUN sh -c 'cd /srv/app && git lfs pull'
# A python heredoc that fetches weights:
# expect: model-weights-in-image
RUN python3 <<EOF
from huggingface_hub import snapshot_download
snapshot_download("example-org/tiny-model")
EOF
# expect: model-weights-in-image
RUN wget -q https://example.com/models/tiny-q4.gguf -P /srv/models
