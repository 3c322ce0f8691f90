namespace TransitOpt.Optimization;

internal static class Smoke
{
    public static double Run()
    {
        using var solver = Google.OrTools.LinearSolver.Solver.CreateSolver("GLOP");
        var x = solver.MakeNumVar(0, 10, "x");
        var c = solver.MakeConstraint(double.NegativeInfinity, 4);
        c.SetCoefficient(x, 1);
        solver.Maximize(x);
        solver.Solve();
        using var scip = Google.OrTools.LinearSolver.Solver.CreateSolver("SCIP");
        return x.SolutionValue() + c.DualValue() + (scip is null ? 100 : 0);
    }
}
