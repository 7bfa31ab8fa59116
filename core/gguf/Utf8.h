// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace localrig::core::gguf {

// Appends the UTF-8 encoding of a Unicode scalar value (at most 0x10FFFF, not a surrogate).
void appendUtf8(std::string& out, unsigned codePoint);

// Length of the well-formed multi-byte UTF-8 sequence starting at text[pos], or 0 if it is malformed
// (bad lead or continuation byte, overlong form, surrogate, beyond 0x10FFFF, or cut off).
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);

} // namespace localrig::core::gguf
