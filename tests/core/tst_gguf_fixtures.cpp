// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The three small model files the GGUF tests read and damage, written with GgufTestWriter: a dense Llama, a
// mixture of experts in GGUF v2 and a sliding-window Gemma, each with a tiny tokenizer.
#include "tst_gguf_writer.h"

namespace ggufTest {

namespace {

std::vector<std::string> vocabulary()
{
    return {"<unk>", "<s>", "</s>", "a", "b", "c", "the", "model", "runs", "on", "my", "own", "machine", "!", " ", "."};
}

void addTokenizer(GgufTestWriter& writer)
{
    const std::vector<std::string> tokens = vocabulary();
    std::vector<float> scores;
    std::vector<std::int32_t> types;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        scores.push_back(-static_cast<float>(i));
        types.push_back(i < 3 ? 3 : 1);
    }
    writer.addString("tokenizer.ggml.model", "llama");
    writer.addStringArray("tokenizer.ggml.tokens", tokens);
    writer.addFloat32Array("tokenizer.ggml.scores", scores);
    writer.addInt32Array("tokenizer.ggml.token_type", types);
    writer.addBool("tokenizer.ggml.add_bos_token", true);
}

} // namespace

GgufTestWriter denseLlamaFixture()
{
    GgufTestWriter w;
    w.addString("general.architecture", "llama");
    w.addString("general.name", "Tiny Llama Dense");
    w.addUInt32("general.file_type", 15); // Q4_K_M
    w.addUInt32("general.quantization_version", 2);
    w.addUInt32("llama.block_count", 2);
    w.addUInt32("llama.context_length", 8192);
    w.addUInt32("llama.embedding_length", 256);
    w.addUInt32("llama.feed_forward_length", 512);
    w.addUInt32("llama.attention.head_count", 4);
    w.addUInt32("llama.attention.head_count_kv", 2);
    w.addFloat32("llama.rope.freq_base", 500000.0F);
    w.addFloat32("llama.attention.layer_norm_rms_epsilon", 1e-5F);
    addTokenizer(w);
    w.addTensor("token_embd.weight", {256, 16}, Q6_K);
    for (int layer = 0; layer < 2; ++layer) {
        const std::string blk = "blk." + std::to_string(layer) + ".";
        w.addTensor(blk + "attn_norm.weight", {256}, F32);
        w.addTensor(blk + "attn_q.weight", {256, 256}, Q4_K);
        w.addTensor(blk + "attn_k.weight", {256, 128}, Q4_K);
        w.addTensor(blk + "attn_v.weight", {256, 128}, Q6_K);
        w.addTensor(blk + "attn_output.weight", {256, 256}, Q4_K);
        w.addTensor(blk + "ffn_norm.weight", {256}, F32);
        w.addTensor(blk + "ffn_gate.weight", {256, 512}, Q4_K);
        w.addTensor(blk + "ffn_up.weight", {256, 512}, Q4_K);
        w.addTensor(blk + "ffn_down.weight", {512, 256}, Q6_K);
    }
    w.addTensor("output_norm.weight", {256}, F32);
    w.addTensor("output.weight", {256, 16}, Q8_0);
    return w;
}

GgufTestWriter moeFixture()
{
    GgufTestWriter w(2);
    w.addString("general.architecture", "qwen3moe");
    w.addString("general.name", "Tiny Qwen3 MoE");
    w.addUInt32("general.file_type", 38); // MXFP4_MOE
    w.addUInt32("qwen3moe.block_count", 3);
    w.addUInt64("qwen3moe.context_length", 32768);
    w.addUInt32("qwen3moe.embedding_length", 256);
    w.addUInt32("qwen3moe.attention.head_count", 4);
    w.addUInt32Array("qwen3moe.attention.head_count_kv", {2, 2, 1});
    w.addUInt32("qwen3moe.attention.key_length", 128);
    w.addUInt32("qwen3moe.attention.value_length", 128);
    w.addUInt32("qwen3moe.expert_count", 8);
    w.addUInt32("qwen3moe.expert_used_count", 2);
    w.addUInt32("qwen3moe.expert_feed_forward_length", 64);
    addTokenizer(w);
    w.addTensor("token_embd.weight", {256, 16}, Q8_0);
    for (int layer = 0; layer < 3; ++layer) {
        const std::string blk = "blk." + std::to_string(layer) + ".";
        const std::uint64_t kvWidth = layer < 2 ? 256 : 128; // KV heads x 128
        w.addTensor(blk + "attn_norm.weight", {256}, F32);
        w.addTensor(blk + "attn_q.weight", {256, 512}, Q5_K);
        w.addTensor(blk + "attn_k.weight", {256, kvWidth}, IQ4_XS);
        w.addTensor(blk + "attn_v.weight", {256, kvWidth}, Q8_0);
        w.addTensor(blk + "attn_output.weight", {512, 256}, Q5_K);
        w.addTensor(blk + "ffn_norm.weight", {256}, F32);
        w.addTensor(blk + "ffn_gate_inp.weight", {256, 8}, F32);
        w.addTensor(blk + "ffn_gate_exps.weight", {256, 64, 8}, MXFP4);
        w.addTensor(blk + "ffn_up_exps.weight", {256, 64, 8}, MXFP4);
        w.addTensor(blk + "ffn_down_exps.weight", {64, 256, 8}, MXFP4);
    }
    w.addTensor("output_norm.weight", {256}, F32);
    w.addTensor("output.weight", {256, 16}, F16);
    return w;
}

GgufTestWriter slidingGemmaFixture()
{
    GgufTestWriter w(3, 64);
    w.addString("general.architecture", "gemma3");
    w.addString("general.name", "Tiny Gemma3 SWA");
    w.addUInt32("general.alignment", 64);
    w.addUInt32("general.file_type", 2); // Q4_0
    w.addUInt32("gemma3.block_count", 8);
    w.addUInt32("gemma3.context_length", 131072);
    w.addUInt32("gemma3.embedding_length", 256);
    w.addUInt32("gemma3.attention.head_count", 4);
    w.addUInt32("gemma3.attention.head_count_kv", 2);
    w.addUInt32("gemma3.attention.key_length", 256);
    w.addUInt32("gemma3.attention.value_length", 256);
    w.addUInt32("gemma3.attention.sliding_window", 512);
    addTokenizer(w);
    w.addTensor("token_embd.weight", {256, 16}, BF16);
    for (int layer = 0; layer < 8; ++layer) {
        const std::string blk = "blk." + std::to_string(layer) + ".";
        w.addTensor(blk + "attn_norm.weight", {256}, F32);
        w.addTensor(blk + "attn_q.weight", {256, 256}, Q4_0);
        w.addTensor(blk + "attn_k.weight", {256, 256}, Q5_0);
        w.addTensor(blk + "attn_v.weight", {256, 256}, Q5_1);
        w.addTensor(blk + "attn_output.weight", {256, 256}, IQ4_NL);
        w.addTensor(blk + "ffn_up.weight", {256, 256}, Q4_1);
        w.addTensor(blk + "ffn_gate.weight", {256, 256}, Q2_K);
        w.addTensor(blk + "ffn_down.weight", {256, 256}, Q3_K);
        w.addTensor(blk + "post_attention_norm.weight", {256}, F32);
    }
    w.addTensor("output_norm.weight", {256}, F32);
    return w;
}

} // namespace ggufTest
