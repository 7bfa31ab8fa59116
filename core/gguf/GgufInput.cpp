// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufInput.h"

#include <array>

namespace localrig::core::gguf {

GgufInput::GgufInput(std::istream& in)
    : m_in(in)
{
    const std::istream::pos_type start = m_in.tellg();
    if (!m_in || start == std::istream::pos_type(-1)) {
        return;
    }
    m_in.seekg(0, std::ios::end);
    const std::istream::pos_type end = m_in.tellg();
    m_in.seekg(start);
    if (!m_in || end == std::istream::pos_type(-1) || end < start) {
        m_in.clear();
        return;
    }
    m_size = static_cast<std::uint64_t>(end - start);
    m_seekable = true;
}

Result<void> GgufInput::require(std::uint64_t bytes, std::string_view what) const
{
    if (bytes > remaining()) {
        return makeError(ErrorCode::CorruptCatalog,
                         "file is truncated: " + std::string(what) + " at byte " + std::to_string(m_position)
                             + " needs " + std::to_string(bytes) + " bytes but only " + std::to_string(remaining())
                             + " remain");
    }
    return outcome::success();
}

Result<std::uint64_t> GgufInput::readLittleEndian(unsigned bytes, std::string_view what)
{
    BOOST_OUTCOME_TRYV(require(bytes, what));
    std::array<unsigned char, 8> buffer{};
    m_in.read(reinterpret_cast<char*>(buffer.data()), static_cast<std::streamsize>(bytes));
    if (m_in.gcount() != static_cast<std::streamsize>(bytes)) {
        return makeError(ErrorCode::Io,
                         "read failed at byte " + std::to_string(m_position) + " (" + std::string(what) + ")");
    }
    m_position += bytes;
    std::uint64_t value = 0;
    for (unsigned i = bytes; i-- > 0;) {
        value = (value << 8U) | buffer.at(i);
    }
    return value;
}

Result<std::uint8_t> GgufInput::readU8(std::string_view what)
{
    BOOST_OUTCOME_TRY(value, readLittleEndian(1, what));
    return static_cast<std::uint8_t>(value);
}

Result<std::uint16_t> GgufInput::readU16(std::string_view what)
{
    BOOST_OUTCOME_TRY(value, readLittleEndian(2, what));
    return static_cast<std::uint16_t>(value);
}

Result<std::uint32_t> GgufInput::readU32(std::string_view what)
{
    BOOST_OUTCOME_TRY(value, readLittleEndian(4, what));
    return static_cast<std::uint32_t>(value);
}

Result<std::uint64_t> GgufInput::readU64(std::string_view what)
{
    return readLittleEndian(8, what);
}

Result<std::string> GgufInput::readString(std::string_view what, std::uint64_t maxLength, bool keep)
{
    const std::uint64_t at = m_position;
    BOOST_OUTCOME_TRY(length, readU64(std::string(what) + " length"));
    if (length > maxLength) {
        return makeError(ErrorCode::CorruptCatalog,
                         std::string(what) + " length " + std::to_string(length) + " at byte " + std::to_string(at)
                             + " exceeds the limit of " + std::to_string(maxLength) + " bytes");
    }
    if (length > remaining()) {
        return makeError(ErrorCode::CorruptCatalog,
                         std::string(what) + " length " + std::to_string(length) + " at byte " + std::to_string(at)
                             + " runs past the end of the file (" + std::to_string(remaining()) + " bytes remain)");
    }
    if (!keep) {
        BOOST_OUTCOME_TRYV(skip(length, what));
        return std::string();
    }
    std::string text(static_cast<std::size_t>(length), '\0');
    m_in.read(text.data(), static_cast<std::streamsize>(length));
    if (m_in.gcount() != static_cast<std::streamsize>(length)) {
        return makeError(ErrorCode::Io,
                         "read failed at byte " + std::to_string(m_position) + " (" + std::string(what) + ")");
    }
    m_position += length;
    return text;
}

Result<void> GgufInput::skip(std::uint64_t bytes, std::string_view what)
{
    BOOST_OUTCOME_TRYV(require(bytes, what));
    if (bytes == 0) {
        return outcome::success();
    }
    m_in.seekg(static_cast<std::streamoff>(bytes), std::ios::cur);
    if (!m_in) {
        return makeError(ErrorCode::Io,
                         "seek failed at byte " + std::to_string(m_position) + " (" + std::string(what) + ")");
    }
    m_position += bytes;
    return outcome::success();
}

} // namespace localrig::core::gguf
