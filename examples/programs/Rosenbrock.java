/**
 * A trial program in Java, run as a single source file ({@code java examples/programs/Rosenbrock.java --x X --y Y
 * --lr LR}): gradient descent on the Rosenbrock function f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 (minimum 0 at (1, 1)),
 * reporting f every 100 steps as a JSON line of hyperlab's protocol. It reads its parameters from the JSON file
 * named by HYPERLAB_PARAMS_FILE when given no arguments.
 */
public final class Rosenbrock {
    public static void main(String[] args) throws Exception {
        double x = 0, y = 0, lr = 1e-3;
        if (args.length == 0) {
            String json = java.nio.file.Files.readString(java.nio.file.Path.of(System.getenv("HYPERLAB_PARAMS_FILE")));
            x = field(json, "x");
            y = field(json, "y");
            lr = field(json, "lr");
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            double v = Double.parseDouble(args[i + 1]);
            switch (args[i]) {
                case "--x" -> x = v;
                case "--y" -> y = v;
                case "--lr" -> lr = v;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (int step = 1; step <= 2000; step++) {
            double gx = -2 * (1 - x) - 400 * x * (y - x * x);
            double gy = 200 * (y - x * x);
            x -= lr * gx;
            y -= lr * gy;
            if (step % 100 == 0) {
                double f = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
                System.out.println("{\"step\": " + step + ", \"f\": " + (Double.isFinite(f) ? f : "NaN") + "}");
                if (!Double.isFinite(f)) {
                    return;
                }
            }
        }
    }

    /** The number after "name": in a flat JSON object (enough for the parameter file). */
    private static double field(String json, String name) {
        int at = json.indexOf("\"" + name + "\"");
        int colon = json.indexOf(':', at);
        int end = colon + 1;
        while (end < json.length() && ",}\n".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        return Double.parseDouble(json.substring(colon + 1, end).strip());
    }
}
