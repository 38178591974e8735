package org.evotraders.agents.memory;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Embeds situations with the quantized all-MiniLM-L6-v2 sentence model (384 dimensions), which
 * ships inside its Maven artifact and runs offline through ONNX. The model loads on first use, once
 * per process (about a second), and is safe to call from several threads.
 */
public final class MiniLmEmbedder implements SituationEmbedder {

  /** Holds the model; the class initialises, and so loads the model, on first access only. */
  private static final class Model {
    static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @Override
  public float[] embed(String text) {
    return Model.INSTANCE.embed(text).content().vector();
  }
}
