#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// How a fuzz input is cut into what the code under test takes:
//   [selector byte, for targets that choose a variant] [password] '\n' [body]
// A password is at most 64 bytes; without a '\n' among them it is empty and
// everything after the selector is the body.
struct FuzzInput
{
    quint8 selector = 0;
    QString password;
    QByteArrayView body;

    static FuzzInput split(const uint8_t *data, size_t size, bool withSelector)
    {
        FuzzInput input;
        QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
        if (withSelector && !rest.isEmpty()) {
            input.selector = quint8(rest.front());
            rest = rest.sliced(1);
        }
        const qsizetype newline = rest.first(std::min<qsizetype>(rest.size(), 65)).indexOf('\n');
        if (newline >= 0) {
            input.password = QString::fromUtf8(rest.first(newline));
            rest = rest.sliced(newline + 1);
        }
        input.body = rest;
        return input;
    }

    // The password may be shown nowhere; "*" is excluded because the mask is made of it.
    bool passwordCheckable() const { return !password.isEmpty() && !password.contains(QLatin1Char('*')); }
};

// An invariant the fuzzer must not break: a failed one aborts, so libFuzzer
// keeps the input as a crash.
#define PARKBAR_FUZZ_CHECK(condition)                                                        \
    do {                                                                                     \
        if (!(condition)) {                                                                  \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                    \
        }                                                                                    \
    } while (false)
