package io.github.smppkit.bench.codec.text;

/**
 * Sample texts for the text benchmarks.
 *
 * <p>Thread-safety: constants only.
 *
 * @since 0.1.0
 */
public final class GsmText {

    /** 160 characters of the GSM 7-bit default alphabet, no escapes: one full single-part SMS. */
    public static final String GSM_160 = fill("Hola Ana! Tu pedido 4711-B llega hoy entre 14:00 y 16:00. "
            + "Dudas? Llama al +34 910 000 000 o escribe a ayuda@envios.es. Gracias, Equipo Envios £0 Ü ñ ", 160);

    /** 1000 characters that need UCS-2 (Cyrillic with digits and punctuation). */
    public static final String UCS2_1000 = fill("Здравствуйте! Ваш заказ 4711-Б прибудет сегодня с 14:00 до 16:00. "
            + "Вопросы? Позвоните +7 495 000-00-00. Спасибо, что выбрали нас. ", 1000);

    private GsmText() {
    }

    private static String fill(String seed, int length) {
        return seed.repeat(length / seed.length() + 1).substring(0, length);
    }
}
