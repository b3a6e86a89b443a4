// libFuzzer target: the Redactor with the password on the input's first line
// over any text: redact() never lets the password through, and the echo
// field blanking works on text and on raw bytes alike.
#include "FuzzInput.h"
#include "vicidial/Redactor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, false);
    const Redactor redactor(input.password);
    const QString text = QString::fromUtf8(input.body);

    const QString redacted = redactor.redact(text);
    if (input.passwordCheckable())
        PARKBAR_FUZZ_CHECK(!redacted.contains(input.password));
    for (const QString &form : redactor.forms())
        PARKBAR_FUZZ_CHECK(!form.isEmpty());

    (void)Redactor::redactEchoFields(text);
    const QByteArray bytes = input.body.toByteArray();
    const QByteArray bytesBlanked = Redactor::redactEchoFields(bytes);
    if (!bytes.contains("pass") && !bytes.contains("Password") && !bytes.contains("Login incorrect"))
        PARKBAR_FUZZ_CHECK(bytesBlanked == bytes);

    (void)Redactor::agentApiEdited(input.password, false);
    (void)Redactor::agentApiEdited(input.password, true);
    (void)Redactor::nonAgentApiAltersPassword(input.password);
    return 0;
}
